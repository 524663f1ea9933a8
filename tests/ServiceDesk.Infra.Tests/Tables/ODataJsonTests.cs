using System.Buffers;
using System.Text.Json;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Tables;

/// <summary>
/// <see cref="ODataJson.Serialize"/> reuses one buffer and writer per thread: every call must still write exactly
/// what a fresh writer writes, whatever the calls before it wrote (larger, smaller, failed half-way).
/// </summary>
public sealed class ODataJsonTests
{
    [Fact]
    public void Each_call_writes_what_a_fresh_writer_writes_whatever_came_before()
    {
        var large = Entity("p", "large", new string('é', 3000) + "\"quoted\" <tag> & more");
        var small = Entity("p", "small", "x");
        var huge = Entity("p", "huge", new string('a', 400_000));
        foreach (var entity in new[] { large, small, huge, small, large, small })
        {
            Assert.Equal(Fresh(entity, includeKeys: false), ODataJson.Serialize(entity, includeKeys: false));
            Assert.Equal(Fresh(entity, includeKeys: true), ODataJson.Serialize(entity, includeKeys: true));
        }
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_nothing_behind_for_the_next()
    {
        var broken = new TableEntity("p", "broken") { ["Name"] = new string('x', 5000), ["Bad"] = double.NaN }; // JSON has no NaN: the writer throws mid-object
        Assert.ThrowsAny<Exception>(() => ODataJson.Serialize(broken, includeKeys: false));

        var next = Entity("p", "next", "after");
        Assert.Equal(Fresh(next, includeKeys: false), ODataJson.Serialize(next, includeKeys: false));
    }

    [Fact]
    public void Threads_do_not_share_a_buffer()
    {
        var entities = Enumerable.Range(0, 64).Select(i => Entity("p", "r" + i, new string((char)('a' + (i % 26)), 100 + (i * 97)))).ToArray();
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var entity = entities[i % entities.Length];
            Assert.Equal(Fresh(entity, includeKeys: false), ODataJson.Serialize(entity, includeKeys: false));
        });
    }

    private static TableEntity Entity(string partition, string row, string data) => new(partition, row)
    {
        ["Data"] = data,
        ["Version"] = 42L,
        ["Count"] = 7,
        ["Ratio"] = 2.0,
        ["At"] = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero),
        ["Id"] = Guid.Parse("6b1d4c8e-1f0a-4c55-9d1e-0a1b2c3d4e5f"),
        ["Open"] = true,
        ["Bytes"] = new byte[] { 1, 2, 3 },
    };

    /// <summary>What the serializer wrote before the buffer was reused: a new buffer and writer for each call.</summary>
    private static byte[] Fresh(TableEntity entity, bool includeKeys)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ODataJson.Write(writer, entity, includeKeys);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
