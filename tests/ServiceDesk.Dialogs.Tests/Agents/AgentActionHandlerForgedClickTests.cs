using System.Text.Json;
using System.Text.Json.Nodes;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents;

/// <summary>Clicks that are not what a card of ours sends, or about a ticket the clicker cannot see: refused, nothing changes.</summary>
public sealed class AgentActionHandlerForgedClickTests : AgentActionHandlerTestBase
{
    [Theory]
    [InlineData("agent.delete", """{"ticket":"INC-000042","ticketVersion":3}""")]
    [InlineData("agent.assignMe", """{"ticket":"INC-42","ticketVersion":3}""")]
    [InlineData("agent.assignMe", """{"ticket":42,"ticketVersion":3}""")]
    [InlineData("agent.assignMe", """{"ticket":"INC-000042"}""")]
    [InlineData("agent.assignMe", """{"ticket":"INC-000042","ticketVersion":"-1"}""")]
    [InlineData("agent.assignMe", """["INC-000042"]""")]
    public async Task ForgedVerbOrData_IsRefused_AndNothingChanges(string verb, string data)
    {
        var (result, stored) = await ClickAsync(Ticket(), Raw(new Person(Alice.Id, Alice.AadObjectId, Alice.Name), verb, JsonDocument.Parse(data).RootElement));

        Assert.Equal("This button's data is not valid. Use the ticket card in the channel.", result.Invoke!.Message);
        Assert.Equal(3L, stored.Version);
    }

    [Fact]
    public async Task UnknownTicketNumber_IsNotFound()
    {
        var (result, _) = await ClickAsync(Ticket(), Click(Alice, AgentVerbs.AssignMe, number: new TicketNumber(TicketKind.Incident, 999)));

        Assert.Contains("INC-000999", result.Invoke!.Message, StringComparison.Ordinal);
        Assert.Null(result.Invoke.Card);
    }

    [Fact]
    public async Task TicketOfAnotherTenant_IsNotFound_AndNothingChanges()
    {
        var (result, stored) = await ClickAsync(Ticket() with { TenantId = "tenant-2" }, Click(Alice, AgentVerbs.AssignMe));

        Assert.Contains(Number.ToString(), result.Invoke!.Message, StringComparison.Ordinal);
        Assert.Null(result.Invoke.Card);
        Assert.Equal((3L, null), (stored.Version, stored.Assignee));
        Assert.Empty(_tickets.Outbox);
    }

    [Fact]
    public async Task TicketOfTheClickersTenant_IsWorked()
    {
        var (_, stored) = await ClickAsync(Ticket() with { TenantId = "TENANT-1" }, Click(Alice, AgentVerbs.AssignMe));

        Assert.Equal(Alice.Id, stored.Assignee?.Id);
    }
}
