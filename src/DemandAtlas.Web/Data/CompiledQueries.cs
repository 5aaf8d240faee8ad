using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DemandAtlas.Web.Data;

/// <summary>
/// Sets of compiled EF queries (classes whose fields call <c>EF.CompileAsyncQuery</c>) for the model a context runs
/// with. A compiled query binds to the first model it runs against, and one process can hold several (each test host
/// builds its own; PostgreSQL has another), so each set is kept per model.
/// </summary>
public static class CompiledQueries
{
    public static TQueries For<TQueries>(DbContext db)
        where TQueries : class, new() => PerModel<TQueries>.Sets.GetValue(db.Model, _ => new TQueries());

    private static class PerModel<TQueries>
        where TQueries : class, new()
    {
        public static readonly ConditionalWeakTable<IModel, TQueries> Sets = [];
    }
}
