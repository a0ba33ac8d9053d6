using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Vestnik.Data;

/// <summary>
/// One compiled query per EF model. EF refuses to run a compiled query against any model but the one it first ran
/// on, and SQLite and PostgreSQL each have their own model of <see cref="VestnikDbContext"/> (tests run both in one
/// process).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
