using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Records;
using ServiceDesk.TestKit;

namespace ServiceDesk.Infra.Tests.Json;

/// <summary>The stored records' generated JSON metadata write and read exactly what reflection did: stored data keeps reading.</summary>
public sealed class RecordJsonContextTests
{
    private static readonly JsonSamples Samples = new(t => t == typeof(TicketNumber) ? new TicketNumber(TicketKind.Incident, 123) : null);

    public static TheoryData<Type> RecordTypes() => [.. Listed(typeof(RecordJsonContext))];

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Record_WithEveryMemberSet_WritesTheSameJsonAsReflection(Type record)
    {
        var json = JsonContracts.AssertSameAsReflection(record, Samples.Of(record, 0, "record"), RecordJson.Options, RecordJsonContext.Default);

        Assert.StartsWith(record.IsGenericType ? "[" : "{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticket_WithoutOptionalFields_OmitsTheNullsAsBefore()
    {
        var ticket = TestTickets.Incident().Template with { Number = new TicketNumber(TicketKind.Incident, 7), Service = null };

        var json = JsonContracts.AssertSameAsReflection(typeof(Ticket), ticket, RecordJson.Options, RecordJsonContext.Default);

        Assert.Contains("\"number\":\"INC-000007\"", json, StringComparison.Ordinal);
        Assert.Contains("\"urgency\":\"High\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"service\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordWrittenAsBefore_ReadsThroughTheGeneratedContext()
    {
        var ticket = TestTickets.Incident().Template with { Number = new TicketNumber(TicketKind.Incident, 9) };
        var entity = new TableEntity("p", "r") { ["Data"] = JsonSerializer.Serialize(ticket, JsonContracts.Reflection(RecordJson.Options)) };

        var read = RecordJson.Read<Ticket>(entity);

        Assert.Equal((ticket.Number, ticket.Title, ticket.Urgency, ticket.Requester), (read.Number, read.Title, read.Urgency, read.Requester));
    }

    [Fact]
    public void EveryRecordType_ResolvesFromTheGeneratedContext()
    {
        Assert.All(Listed(typeof(RecordJsonContext)), type => Assert.Same(RecordJsonContext.Default, RecordJson.Options.GetTypeInfo(type).OriginatingResolver));
    }

    [Fact]
    public void GraphAnswers_WriteTheSameJsonAsReflection()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        foreach (var type in Listed(typeof(GraphJsonContext)))
        {
            JsonContracts.AssertSameAsReflection(type, Samples.Of(type, 0, "person"), web, GraphJsonContext.Default);
        }
    }

    private static List<Type> Listed(Type context) =>
        [.. context.GetCustomAttributesData().Where(a => a.AttributeType == typeof(JsonSerializableAttribute)).Select(a => (Type)a.ConstructorArguments[0].Value!)];
}
