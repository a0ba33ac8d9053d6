using System.Linq.Expressions;

namespace Vestnik.Data;

/// <summary>
/// Case-insensitive text filters that behave alike on both databases. SQLite folds the case of ASCII letters only and
/// PostgreSQL's comparisons fold nothing, so rather than folding the column (which would also defeat its index), the
/// query asks for the spellings people and stored text actually use: as typed, lower case, capitalized and upper case
/// ("москва", "Москва", "МОСКВА").
/// </summary>
public static class TextMatch
{
    public static IReadOnlyList<string> Spellings(string text)
    {
        var lower = text.ToLowerInvariant();
        var capitalized = lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        return new[] { text, lower, capitalized, text.ToUpperInvariant() }.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The rows where any of <paramref name="fields"/> contains <paramref name="text"/> in any spelling.</summary>
    public static IQueryable<T> WhereContains<T>(this IQueryable<T> query, string text, params Expression<Func<T, string>>[] fields) =>
        query.Where(AnyField(text, nameof(string.Contains), fields));

    /// <summary>The rows where any of <paramref name="fields"/> starts with <paramref name="text"/> in any spelling.</summary>
    public static IQueryable<T> WhereStartsWith<T>(this IQueryable<T> query, string text, params Expression<Func<T, string>>[] fields) =>
        query.Where(AnyField(text, nameof(string.StartsWith), fields));

    private static Expression<Func<T, bool>> AnyField<T>(string text, string method, Expression<Func<T, string>>[] fields)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var call = typeof(string).GetMethod(method, [typeof(string)])!;
        Expression? any = null;
        foreach (var field in fields)
        {
            var value = new ParameterSwap(field.Parameters[0], row).Visit(field.Body);
            foreach (var spelling in Spellings(text))
            {
                // A closure member rather than a constant, so the database sees a parameter and reuses its plan.
                var match = Expression.Call(value, call, Parameter(spelling));
                any = any is null ? match : Expression.OrElse(any, match);
            }
        }
        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    private static MemberExpression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value));

    private sealed record Box(string Value);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
