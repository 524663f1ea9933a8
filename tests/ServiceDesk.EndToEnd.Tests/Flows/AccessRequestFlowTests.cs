using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Flows;

/// <summary>
/// Flow 2 through the Playground: the signed-in user (user-id-0) asks for access; the approver named by the access
/// catalogue and directory in appsettings.json (another Playground user) gets the approval card in their own 1:1
/// chat, approves it there, and the requester hears of it in their language. The sample directory names the
/// Playground's mock users as the Playground does (user-id-1 Megan Bowen, user-id-2 Adele Vance).
/// </summary>
public sealed partial class AccessRequestFlowTests(BotAndPlayground processes) : IClassFixture<BotAndPlayground>
{
    /// <summary>The card reaches the approver through the outbox worker (polling every second), not the turn.</summary>
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_English_request_by_card_is_approved_by_the_owner_in_their_chat_and_the_requester_is_told()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);
        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        await alex.SayAsync("I need access to SAP Finance");
        var level = await alex.NextCardAsync("Which access level do you need for SAP Finance?");

        var justification = (await alex.ExecuteAsync(level, "access.answer", new JsonObject { ["level"] = "read" })).ReplacedCard;
        Assert.True(justification.Shows("Why do you need this access?"), justification.Readable);

        var endDate = (await alex.ExecuteAsync(justification, "access.answer", new JsonObject
        {
            ["justification"] = "I review supplier invoices for the quarterly audit.",
        })).ReplacedCard;
        Assert.True(endDate.Shows("Is this access temporary?"), endDate.Readable);

        // Left empty: permanent access.
        var summary = (await alex.ExecuteAsync(endDate, "access.answer", new JsonObject { ["endDate"] = string.Empty })).ReplacedCard;
        Assert.True(summary.Shows("Check your request") && summary.Shows("Permanent"), summary.Readable);

        var sent = (await alex.ExecuteAsync(summary, "access.send")).ReplacedCard;
        var number = RequestNumber().Match(sent.Readable).Value;
        Assert.True(sent.Shows($"Your request {number} is sent to Adele Vance for approval"), sent.Readable);

        // SAP Finance is approved by its owner, user-id-2: the card goes to their 1:1 chat, which the bot creates.
        var approval = await OtherUserChat.WaitForCardAsync(log, "user-id-2", $"Access request {number}", DeliveryTimeout);
        Assert.NotEqual(config.PersonalChatId, approval.ConversationId);
        foreach (var shown in new[] { "Alex Wilber", "SAP Finance", "Read", "Permanent", "Adele Vance", "I review supplier invoices for the quarterly audit.", "Approve", "Reject" })
        {
            Assert.True(approval.Shows(shown), $"The approval card does not show {shown}: {approval.Readable}");
        }

        var approver = new PlaygroundPerson(processes, stream, "user-id-2", approval.ConversationId, "en-US");
        var decided = (await approver.ExecuteAsync(approval, "approval.approve", new JsonObject { ["comment"] = string.Empty })).ReplacedCard;
        Assert.True(decided.Shows("Approved by Adele Vance on"), decided.Readable);
        Assert.False(decided.HasAction("approval.approve") || decided.HasAction("approval.reject"), $"The decided card still has its buttons: {decided.Readable}");

        var told = await alex.NextTextAsync($"Good news: your access request {number} for SAP Finance (Read) was approved by Adele Vance.");
        Assert.DoesNotContain("Bonne nouvelle", told);
    }

    [Fact]
    public async Task A_French_request_is_approved_by_the_manager_and_the_requester_is_told_in_French()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);
        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "fr-FR");

        await alex.SayAsync("j'ai besoin d'un accès au CRM");
        var level = await alex.NextCardAsync("De quel niveau d'accès avez-vous besoin pour CRM (Dynamics 365 Sales) ?");

        await alex.SubmitAsync(level, "access.answer", new JsonObject { ["level"] = "contribute" });
        var justification = await alex.NextCardAsync("Pourquoi avez-vous besoin de cet accès ?");

        await alex.SubmitAsync(justification, "access.answer", new JsonObject
        {
            ["justification"] = "Je reprends le portefeuille clients de l'équipe Ouest pendant trois mois.",
        });
        var endDate = await alex.NextCardAsync("Cet accès est-il temporaire ?");

        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90);
        await alex.SubmitAsync(endDate, "access.answer", new JsonObject { ["endDate"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        var summary = await alex.NextCardAsync("Vérifiez votre demande");
        Assert.False(summary.Shows("Permanent"), summary.Readable);

        await alex.SubmitAsync(summary, "access.send");
        var sent = await alex.NextCardAsync("pour approbation");
        var number = RequestNumber().Match(sent.Readable).Value;
        Assert.True(sent.Shows($"Votre demande {number} est envoyée à Megan Bowen pour approbation"), sent.Readable);

        // The CRM is approved by the requester's manager, user-id-1 in the directory.
        var approval = await OtherUserChat.WaitForCardAsync(log, "user-id-1", $"Access request {number}", DeliveryTimeout);
        Assert.True(approval.Shows("CRM (Dynamics 365 Sales)") && approval.Shows("Contribute"), approval.Readable);

        var manager = new PlaygroundPerson(processes, stream, "user-id-1", approval.ConversationId, "en-US");
        var decided = (await manager.ExecuteAsync(approval, "approval.approve", new JsonObject { ["comment"] = "OK pour trois mois." })).ReplacedCard;
        Assert.True(decided.Shows("Approved by Megan Bowen on") && decided.Shows("OK pour trois mois."), decided.Readable);

        await alex.NextTextAsync(
            $"Bonne nouvelle : votre demande d'accès {number} à CRM (Dynamics 365 Sales) (Contribution) a été approuvée par Megan Bowen.");
    }

    [GeneratedRegex(@"REQ-\d{6}")]
    private static partial Regex RequestNumber();
}
