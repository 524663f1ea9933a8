namespace ServiceDesk.Infra.Knowledge;

/// <summary>The knowledge folder or one of its articles cannot be used; the message names the file and what to fix.</summary>
public sealed class KnowledgeLoadException : Exception
{
    public KnowledgeLoadException()
    {
    }

    public KnowledgeLoadException(string message)
        : base(message)
    {
    }

    public KnowledgeLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
