using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Dialogs.Problems;

/// <summary>Problem management (section <c>Problems</c>): how the bot looks for incidents that share a cause.</summary>
public sealed class ProblemOptions
{
    public const string SectionName = "Problems";

    /// <summary>Whether new incidents are watched for clusters (the commands and cards work either way).</summary>
    public bool ClusterDetection { get; set; } = true;

    /// <summary>How many incidents make a cluster.</summary>
    [Range(2, 100, ErrorMessage = "Problems:ClusterSize must be between 2 and 100.")]
    public int ClusterSize { get; set; } = 5;

    /// <summary>The window the incidents of a cluster were created in, up to now.</summary>
    [Range(5, 10080, ErrorMessage = "Problems:ClusterWindowMinutes must be between 5 and 10080.")]
    public int ClusterWindowMinutes { get; set; } = 60;

    /// <summary>Seconds between two looks at the new incidents.</summary>
    [Range(5, 3600, ErrorMessage = "Problems:ClusterCheckSeconds must be between 5 and 3600.")]
    public int ClusterCheckSeconds { get; set; } = 60;
}
