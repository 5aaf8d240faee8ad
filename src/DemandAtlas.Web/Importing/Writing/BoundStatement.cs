using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DemandAtlas.Web.Importing.Writing;

/// <summary>
/// One prepared SQLite statement, bound by position and stepped directly through SQLitePCL on the importer's
/// connection (so inside its transaction). A bulk import runs about fifty of these per document; through
/// SqliteCommand each execution looked its parameters up by name and built a data reader, which was about half
/// of the writer's time (bench/FINDINGS.md).
/// </summary>
internal sealed class BoundStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    /// <summary>SQLite's index of $0, $1, …: it numbers parameters in the order they first appear in the text.</summary>
    private readonly int[] slots;

    public BoundStatement(sqlite3 db, string sql)
    {
        this.db = db;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out statement), db);
        slots = new int[raw.sqlite3_bind_parameter_count(statement)];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = raw.sqlite3_bind_parameter_index(statement, $"${i}");
            if (slots[i] == 0)
            {
                statement.Dispose();
                throw new ArgumentException($"parameters must be named $0 to ${slots.Length - 1}: {sql}", nameof(sql));
            }
        }
    }

    /// <summary>Binds <paramref name="values"/> to $0, $1, …, runs the statement and returns the first column of its first row, if any.</summary>
    public long? Run(ReadOnlySpan<object?> values)
    {
        if (values.Length != slots.Length)
        {
            throw new ArgumentException($"the statement takes {slots.Length} values, not {values.Length}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            Check(Bind(slots[i], values[i]));
        }

        long? first = null;
        int rc;
        while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            first ??= raw.sqlite3_column_int64(statement, 0);
        }

        // Reset before reporting: the statement must not stay active whatever happened.
        raw.sqlite3_reset(statement);
        Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
        return first;
    }

    /// <summary>SQLite virtual-machine steps run so far: grows with the rows a statement visits (tests use it).</summary>
    public int Steps => raw.sqlite3_stmt_status(statement, raw.SQLITE_STMTSTATUS_VM_STEP, 0);

    public void Dispose() => statement.Dispose();

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(statement, index, real),
        _ => throw new ArgumentException($"cannot bind a {value.GetType().Name} to parameter {index}", nameof(value)),
    };

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, db);
}
