namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>The outcome of a table operation; everything but <see cref="Ok"/> carries a reason.</summary>
public enum TableStatus
{
    Ok,

    /// <summary>The entity (or table) does not exist.</summary>
    NotFound,

    /// <summary>Add of an entity that already exists.</summary>
    Conflict,

    /// <summary>The ETag condition did not match: someone else changed the entity since it was read.</summary>
    PreconditionFailed,

    /// <summary>A key, property name, value, query or batch the store cannot accept; nothing was sent.</summary>
    Invalid,

    /// <summary>A property value or the entity is over the service's size limits; nothing was sent.</summary>
    TooLarge,

    /// <summary>The store could not be reached or kept failing after retries; the operation may be retried later.</summary>
    Unavailable,
}
