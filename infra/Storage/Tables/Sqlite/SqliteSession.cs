using Microsoft.Data.Sqlite;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>
/// An open connection with its commands kept by SQL text: Microsoft.Data.Sqlite keeps a command's prepared
/// statements while its text is unchanged, so reusing commands saves parsing and planning on every operation.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    public SqliteTransaction? Transaction { get; set; }

    /// <summary>
    /// The cached command for <paramref name="sql"/> with the current transaction set. Its parameters are kept from
    /// the last use: a text names the same parameters at every use, and SQLite refuses to run one left unset, so each
    /// caller sets them all again with <see cref="Set"/> (a new parameter object per value was a few per cent of a
    /// turn's allocations).
    /// </summary>
    public SqliteCommand Command(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Transaction = Transaction;
        return command;
    }

    /// <summary>Sets <paramref name="name"/> to <paramref name="value"/> on <paramref name="command"/>, reusing its parameter.</summary>
    public static void Set(SqliteCommand command, string name, object value)
    {
        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index >= 0)
        {
            parameters[index].Value = value;
        }
        else
        {
            parameters.AddWithValue(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
