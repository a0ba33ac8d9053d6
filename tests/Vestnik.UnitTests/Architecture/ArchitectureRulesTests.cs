using Vestnik.UnitTests.Architecture.Samples.Data;

namespace Vestnik.UnitTests.Architecture;

/// <summary>
/// The rules catch what they are meant to: each is run over a small sample app, compiled into this test assembly,
/// that breaks it once and respects it once.
/// </summary>
public sealed class ArchitectureRulesTests
{
    private static readonly ArchitectureRules Samples = new(
        typeof(ArchitectureRulesTests).Assembly,
        "Vestnik.UnitTests.Architecture.Samples",
        new Dictionary<string, string[]> { ["Alpha"] = ["Declared"] });

    [Fact]
    public void InfrastructureUsingAFeature_IsReported() =>
        Assert.Equal(
            ["Vestnik.UnitTests.Architecture.Samples.Infrastructure.Mailer uses Vestnik.UnitTests.Architecture.Samples.Features.Alpha.AlphaService"],
            Samples.InfrastructureUsingFeatures());

    [Fact]
    public void DataUsingAFeaturesInternals_IsReported_ButNotItsEntities() =>
        Assert.Equal(
            ["Vestnik.UnitTests.Architecture.Samples.Data.SampleDbContext uses Vestnik.UnitTests.Architecture.Samples.Features.Alpha.Internals.AlphaHandler"],
            Samples.DataUsingFeatureInternals());

    [Fact]
    public void AFeatureReachingIntoAnothersInternals_IsReported_ButNotItsSurface()
    {
        var violations = Samples.FeaturesReachingIntoOthers();

        // Beta's page uses Alpha's root service, entity and declared namespace freely; only the handler is Alpha's own.
        Assert.Equal(
            ["Vestnik.UnitTests.Architecture.Samples.Features.Beta.Pages.BetaPage uses Vestnik.UnitTests.Architecture.Samples.Features.Alpha.Internals.AlphaHandler"],
            violations);
    }

    [Fact]
    public void APageQueryingAnotherFeaturesTable_IsReported() =>
        Assert.Equal(
            ["Vestnik.UnitTests.Architecture.Samples.Features.Beta.Pages.BetaPage uses Vestnik.UnitTests.Architecture.Samples.Features.Alpha.AlphaEntity"],
            Samples.PagesQueryingOtherFeaturesTables(typeof(SampleDbContext)));
}
