namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>Gives tables by logical name; the configured prefix is added to form the physical name.</summary>
public interface ITableService
{
    /// <summary>
    /// The table named <paramref name="name"/> (letters and digits, starting with a letter, 3–63 characters with the prefix).
    /// No request is made; call <see cref="ITable.CreateIfNotExistsAsync"/> once before first use.
    /// </summary>
    ITable GetTable(string name);
}
