using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Infra.Knowledge;

/// <summary>Where the articles are and how picky the search is (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The folder holding <c>en/</c> and <c>fr/</c>, relative to the content root unless absolute. Empty: the
    /// <c>knowledge</c> folder of the repository (found above the content root or the app), else the copy next to the app.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>
    /// Relevance (0 to 1: the share of the best score the question could reach) under which a hit is not shown;
    /// the bot then says it does not know. 0.5 is calibrated on the dev part of the labelled questions
    /// (bench/understanding/sets and tests/ServiceDesk.Infra.Tests/Knowledge/Sets): at least nine honest refusals in
    /// ten without losing a covered answer that a lower threshold would keep.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Knowledge:MinScore must be between 0 and 1.")]
    public double MinScore { get; set; } = 0.5;

    /// <summary>Longer questions are cut to this many characters before searching, which bounds the cost of a query.</summary>
    [Range(10, 10_000, ErrorMessage = "Knowledge:MaxQueryLength must be between 10 and 10000.")]
    public int MaxQueryLength { get; set; } = 500;

    /// <summary>A passage longer than this is cut at a line end, so an answer card stays short.</summary>
    [Range(100, 10_000, ErrorMessage = "Knowledge:PassageMaxLength must be between 100 and 10000.")]
    public int PassageMaxLength { get; set; } = 1_200;

    /// <summary>Most hits one search returns, whatever the caller asks.</summary>
    [Range(1, 50, ErrorMessage = "Knowledge:MaxResults must be between 1 and 50.")]
    public int MaxResults { get; set; } = 10;
}
