namespace Vestnik.Infrastructure.Caching;

/// <summary>
/// The query parameters a cached page reads, declared on its page model. The output cache keeps one entry per value
/// of these and ignores every other parameter (<c>?utm_source=…</c>, <c>?x=random</c>), so those cannot multiply entries.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CacheVaryByQueryAttribute(params string[] keys) : Attribute
{
    public IReadOnlyList<string> Keys { get; } = keys;
}
