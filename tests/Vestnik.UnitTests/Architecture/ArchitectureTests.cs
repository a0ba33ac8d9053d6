using Vestnik.Data;

namespace Vestnik.UnitTests.Architecture;

/// <summary>The rules of <c>docs/architecture.md</c>, held over the app as it is built.</summary>
public sealed class ArchitectureTests
{
    private static readonly ArchitectureRules App = new(typeof(VestnikDbContext).Assembly, "Vestnik", FeatureSurfaces.Declared);

    [Fact]
    public void Infrastructure_never_uses_a_feature() => AssertNone(App.InfrastructureUsingFeatures());

    [Fact]
    public void The_database_model_knows_only_the_features_entities() => AssertNone(App.DataUsingFeatureInternals());

    [Fact]
    public void A_feature_reaches_another_only_through_its_surface() => AssertNone(App.FeaturesReachingIntoOthers());

    [Fact]
    public void No_page_queries_another_features_tables() => AssertNone(App.PagesQueryingOtherFeaturesTables(typeof(VestnikDbContext)));

    /// <summary>Fails with every violation on its own line, so one run shows all there is to fix.</summary>
    internal static void AssertNone(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"{violations.Count} broken:\n{string.Join('\n', violations)}");
}
