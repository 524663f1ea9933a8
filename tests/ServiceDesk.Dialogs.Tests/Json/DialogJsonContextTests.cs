using System.Text.Json;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.TestKit;

namespace ServiceDesk.Dialogs.Tests.Json;

/// <summary>The dialog state's and the knowledge memory's generated JSON metadata write and read exactly what reflection did.</summary>
public sealed class DialogJsonContextTests
{
    private static readonly JsonSamples Samples = new(t => t == typeof(TicketNumber) ? new TicketNumber(TicketKind.Request, 45) : null);

    public static TheoryData<Type> StateTypes() => [.. FlowStateTypes()];

    [Theory]
    [MemberData(nameof(StateTypes))]
    public void FlowState_WithEveryMemberSet_WritesTheSameJsonAsReflection(Type state)
    {
        JsonContracts.AssertSameAsReflection(state, Samples.Of(state, 0, "state"), DialogSessions.Json, DialogStateJsonContext.Default);
    }

    [Fact]
    public void EveryFlowState_IsInTheGeneratedContext()
    {
        var states = FlowStateTypes();

        Assert.NotEmpty(states);
        Assert.All(states, state => Assert.NotNull(DialogStateJsonContext.Default.GetTypeInfo(state)));
    }

    [Fact]
    public void ActiveDialog_WithAParkedOne_WritesTheSameJsonAsReflection()
    {
        var active = Samples.Of<ActiveDialog>() with { ETag = "W/\"1\"", UpdatedAt = JsonSamples.At };

        var json = JsonContracts.AssertSameAsReflection(typeof(ActiveDialog), active, DialogSessions.Json, DialogStateJsonContext.Default);

        Assert.Contains("\"parked\":{", json, StringComparison.Ordinal);
        Assert.DoesNotContain("eTag", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ActiveDialog_WrittenBeforeTheContext_StillReads()
    {
        const string Stored = """{"name":"incident","id":"abc","version":3,"failures":1,"transcript":["hi"],"state":{"step":"Impact"},"parked":null,"misses":0,"offered":[],"stepCard":{"activityId":"1:x","version":3}}""";

        var read = DialogSessions.Read(new Ports.DialogStateRecord("incident", Stored, JsonSamples.At, "e1"))!;

        Assert.Equal(("incident", 3, "1:x", "e1"), (read.Name, read.Version, read.StepCard!.ActivityId, read.ETag));
    }

    [Fact]
    public void KnowledgeRecall_WithEveryMemberSet_WritesTheSameJsonAsReflection()
    {
        var before = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonContracts.AssertSameAsReflection(typeof(KnowledgeRecall), Samples.Of<KnowledgeRecall>(), before, KnowledgeJsonContext.Default);

        Assert.Equal(json, JsonSerializer.Serialize(Samples.Of<KnowledgeRecall>(), KnowledgeJsonContext.Default.KnowledgeRecall));
    }

    private static List<Type> FlowStateTypes() =>
    [
        .. typeof(DialogSessions).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Dialog<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .Distinct(),
    ];
}
