namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// A contact the knowledge base answered without a ticket: who (Teams user id), which article, from where
/// ("answer" for a question, "model" when the language model wrote the answer from the article; "incident" or "access" for an article suggested with that form, which it closed), when. <paramref name="Helpful"/>
/// false records an answer that did not help (kept for the deflection rate's context, not counted as deflected).
/// </summary>
public sealed record Deflection(DateTimeOffset At, string UserId, string ArticleId, string Source, bool Helpful = true);

/// <summary>Port: records deflections for service-desk reporting. A ticket-less event, kept out of the ticket store.</summary>
public interface IDeflectionLog
{
    Task RecordAsync(Deflection deflection, CancellationToken cancellationToken);
}
