namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>The property types Table Storage keeps; each round-trips exactly through both backends.</summary>
public enum EdmType
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    DateTime,
    Guid,
    Binary,
}
