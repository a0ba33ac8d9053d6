using System.Reflection;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Vestnik.UnitTests.Architecture;

/// <summary>
/// The layering rules <c>docs/architecture.md</c> states, checked over the compiled code (Razor views included) of an
/// assembly laid out as <c>{root}.Features.*</c>, <c>{root}.Data</c> and <c>{root}.Infrastructure</c>. Each rule
/// answers one line per broken dependency: "this type uses that one".
/// </summary>
public sealed class ArchitectureRules
{
    private readonly string _root;
    private readonly string _features;
    private readonly IReadOnlyDictionary<string, string[]> _declaredSurfaces;
    private readonly TypeDependencies _dependencies;
    private readonly HashSet<string> _entities;
    private readonly HashSet<string> _pages;

    /// <param name="declaredSurfaces">Per feature, the sub-namespaces other features may use besides its root namespace,
    /// its <c>Model</c> namespace and its entities.</param>
    public ArchitectureRules(Assembly assembly, string root, IReadOnlyDictionary<string, string[]> declaredSurfaces)
    {
        _root = root;
        _features = root + ".Features";
        _declaredSurfaces = declaredSurfaces;
        _dependencies = new TypeDependencies(assembly.Location);
        var types = assembly.GetTypes().Where(type => !type.IsNested).ToArray();
        _entities = ModelTypesOf(EntityTypesOf(types).Where(type => type.Assembly == assembly), assembly)
            .Select(type => type.FullName!).ToHashSet(StringComparer.Ordinal);
        _pages = types.Where(IsPage).Select(type => type.FullName!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Infrastructure is what features are built on, so it must not know any of them.</summary>
    public IReadOnlyList<string> InfrastructureUsingFeatures() =>
        Violations(type => InNamespace(type, _root + ".Infrastructure"), used => FeatureOf(used) is not null);

    /// <summary>The database model (migrations and compiled model included) needs the features' model types and nothing else of them.</summary>
    public IReadOnlyList<string> DataUsingFeatureInternals() =>
        Violations(type => InNamespace(type, _root + ".Data"), used => FeatureOf(used) is not null && !_entities.Contains(used));

    /// <summary>A feature reaches another only through its surface.</summary>
    public IReadOnlyList<string> FeaturesReachingIntoOthers() =>
        Violations(
            type => FeatureOf(type) is not null,
            (type, used) => FeatureOf(used) is { } other && other != FeatureOf(type) && !IsSurface(used, other));

    /// <summary>
    /// A page (page model or Razor view) that opens the database reads only its own feature's tables; what it shows of
    /// another feature comes through that feature's surface.
    /// </summary>
    public IReadOnlyList<string> PagesQueryingOtherFeaturesTables(Type dbContext) =>
        Violations(
            type => _pages.Contains(type) && _dependencies.UsedBy(type).Contains(dbContext.FullName!),
            (type, used) => _entities.Contains(used) && FeatureOf(used) is { } owner && owner != FeatureOf(type));

    private List<string> Violations(Func<string, bool> appliesTo, Func<string, bool> forbidden) =>
        Violations(appliesTo, (_, used) => forbidden(used));

    private List<string> Violations(Func<string, bool> appliesTo, Func<string, string, bool> forbidden) =>
        _dependencies.Types
            .Where(appliesTo)
            .SelectMany(type => _dependencies.UsedBy(type).Where(used => forbidden(type, used)).Select(used => $"{type} uses {used}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private bool IsSurface(string type, string feature)
    {
        if (_entities.Contains(type))
        {
            return true;
        }
        var prefix = $"{_features}.{feature}";
        var ns = NamespaceOf(type);
        return ns == prefix || ns == prefix + ".Model"
            || _declaredSurfaces.GetValueOrDefault(feature, []).Any(declared => ns == $"{prefix}.{declared}");
    }

    private string? FeatureOf(string type)
    {
        var ns = NamespaceOf(type);
        return ns.StartsWith(_features + ".", StringComparison.Ordinal) ? ns[(_features.Length + 1)..].Split('.')[0] : null;
    }

    private static bool InNamespace(string type, string ns)
    {
        var own = NamespaceOf(type);
        return own == ns || own.StartsWith(ns + ".", StringComparison.Ordinal);
    }

    private static string NamespaceOf(string type)
    {
        var dot = type.LastIndexOf('.');
        return dot < 0 ? "" : type[..dot];
    }

    /// <summary>The types the database model maps: those an <see cref="IEntityTypeConfiguration{TEntity}"/> configures.</summary>
    /// Identity's types (the user) come in as type arguments of the context's base class instead.
    private static IEnumerable<Type> EntityTypesOf(Type[] types) =>
        types.SelectMany(type => type.GetInterfaces())
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            .Select(contract => contract.GetGenericArguments()[0])
            .Concat(types.Where(typeof(DbContext).IsAssignableFrom).SelectMany(BaseTypeArguments));

    private static IEnumerable<Type> BaseTypeArguments(Type type) =>
        type.BaseType is { } parent ? parent.GenericTypeArguments.Concat(BaseTypeArguments(parent)) : [];

    /// <summary>
    /// The entities and the types their properties are made of (enums, owned types such as an article's lead image),
    /// as far as they are the app's own: all of them are part of the database model.
    /// </summary>
    private static HashSet<Type> ModelTypesOf(IEnumerable<Type> entities, Assembly assembly)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(entities);
        while (pending.TryPop(out var type))
        {
            if (type.Assembly != assembly || !found.Add(type))
            {
                continue;
            }
            foreach (var property in type.GetProperties())
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                pending.Push(propertyType);
                foreach (var argument in propertyType.GenericTypeArguments)
                {
                    pending.Push(argument);
                }
            }
        }
        return found;
    }

    private static bool IsPage(Type type) => typeof(PageModel).IsAssignableFrom(type) || typeof(RazorPageBase).IsAssignableFrom(type);
}
