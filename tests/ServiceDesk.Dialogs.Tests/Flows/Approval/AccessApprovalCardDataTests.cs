using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

/// <summary>Approval buttons whose data is malformed, carries extra fields, or names an unknown request.</summary>
public sealed class AccessApprovalCardDataTests : AccessApprovalHandlerFixture
{
    public static TheoryData<string, string> BadData => new()
    {
        { "no ticket", """{"verb":"approval.approve","version":1}""" },
        { "no version", """{"verb":"approval.approve","ticket":"REQ-000012"}""" },
        { "version is an object", """{"verb":"approval.approve","ticket":"REQ-000012","version":{"v":1}}""" },
        { "version is negative", """{"verb":"approval.approve","ticket":"REQ-000012","version":-1}""" },
        { "ticket is a number", """{"verb":"approval.approve","ticket":12,"version":1}""" },
        { "an incident number", """{"verb":"approval.approve","ticket":"INC-000012","version":1}""" },
        { "comment is a list", """{"verb":"approval.approve","ticket":"REQ-000012","version":1,"comment":["a"]}""" },
        { "not an object", """["approval.approve"]""" },
    };

    [Theory]
    [MemberData(nameof(BadData))]
    public async Task Approve_MalformedCardData_IsRefusedAndNothingChanges(string why, string json)
    {
        var result = await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, []) with
        {
            Action = new CardAction(ApprovalVerbs.Approve, System.Text.Json.JsonDocument.Parse(json).RootElement, true),
        }, default);

        Assert.True(result.Invoke?.Message == "This button can't be used any more. Open the request from a newer card.", why);
        Assert.Equal(1, (await Tickets.GetAsync(Number, default))!.Version);
    }

    [Fact]
    public async Task Approve_ExtraFieldsInTheData_AreIgnored()
    {
        var data = Data(ApprovalVerbs.Approve);
        data["msteams"] = new JsonObject { ["x"] = 1 };

        await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, data), default);

        Assert.Equal(TicketStatus.Approved, (await Tickets.GetAsync(Number, default))!.Status);
    }

    [Fact]
    public async Task Approve_UnknownRequest_SaysNotFound()
    {
        var result = await Handler.HandleAsync(Click(Marie, "fr-FR", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve, ticket: "REQ-000999")), default);

        Assert.Equal("Je ne trouve pas cette demande.", result.Invoke!.Message);
    }
}
