using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DemandAtlas.Tests.Support;

/// <summary>Asks SQLite for the plan of every query EF runs, with the same parameters, just before it runs.</summary>
internal sealed class PlanRecorder : DbCommandInterceptor
{
    public List<(string Sql, List<string> Plan)> Statements { get; } = [];

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            explain.Parameters.Add(copy);
        }

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                plan.Add(reader.GetString(3));
            }
        }

        Statements.Add((command.CommandText, plan));
        return result;
    }
}
