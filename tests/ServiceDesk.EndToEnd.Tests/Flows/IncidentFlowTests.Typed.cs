using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Flows;

public sealed partial class IncidentFlowTests
{
    private static readonly TimeSpan UpdateTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_step_answered_by_typing_has_its_card_replaced_in_place_without_buttons()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        // Not the Outlook crash another test of this class files for the same person: that would ask whether the
        // message is about the open ticket first.
        await alex.SayAsync("the printer on floor 3 is jammed");
        var impact = await alex.NextCardAsync("Who is affected?");
        Assert.True(impact.HasAction("incident.answer"), impact.Readable);

        var mark = stream.Messages.Count;
        await alex.SayAsync("just me");
        var urgency = await alex.NextCardAsync("How much of your work is blocked?");
        Assert.NotEqual(impact.MessageId, urgency.MessageId);

        // The card that asked who is affected now says what was answered, and offers nothing to click or fill in.
        var replaced = await stream.WaitForAsync(
            m => m.Action == "updateMessage" && m.ConversationId == impact.ConversationId && (string?)m.Message["messageId"] == impact.MessageId
                && CardView.From(m) is { } card && card.Shows("You answered: just me"),
            UpdateTimeout, mark);
        var answered = CardView.From(replaced)!;
        Assert.True(answered.Shows("Who is affected?") && !answered.HasAction("incident.answer"), answered.Readable);
        Assert.DoesNotContain("\"Input.", answered.Card.ToJsonString(), StringComparison.Ordinal);

        await alex.SayAsync("cancel");
        await alex.NextTextAsync("Cancelled");
    }
}
