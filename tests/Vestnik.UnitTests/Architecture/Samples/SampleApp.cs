// A miniature app laid out like Vestnik, breaking each architecture rule exactly once; ArchitectureRulesTests reads it.
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vestnik.UnitTests.Architecture.Samples.Features.Alpha
{
    public sealed class AlphaEntity
    {
        public int Id { get; set; }
    }

    internal sealed class AlphaEntityConfiguration : IEntityTypeConfiguration<AlphaEntity>
    {
        public void Configure(EntityTypeBuilder<AlphaEntity> builder) => builder.HasKey(e => e.Id);
    }

    public sealed class AlphaService
    {
        public static int Count() => 1;
    }
}

namespace Vestnik.UnitTests.Architecture.Samples.Features.Alpha.Declared
{
    public sealed class AlphaWidget
    {
        public static string Render() => "widget";
    }
}

namespace Vestnik.UnitTests.Architecture.Samples.Features.Alpha.Internals
{
    public sealed class AlphaHandler
    {
        public static int Handle() => 2;
    }
}

namespace Vestnik.UnitTests.Architecture.Samples.Features.Beta.Pages
{
    using Vestnik.UnitTests.Architecture.Samples.Data;
    using Vestnik.UnitTests.Architecture.Samples.Features.Alpha;
    using Vestnik.UnitTests.Architecture.Samples.Features.Alpha.Declared;
    using Vestnik.UnitTests.Architecture.Samples.Features.Alpha.Internals;

    public sealed class BetaPage(SampleDbContext db) : PageModel
    {
        public int OnGet() =>
            AlphaService.Count() + AlphaWidget.Render().Length + AlphaHandler.Handle()
            + db.Set<AlphaEntity>().Count();
    }
}

namespace Vestnik.UnitTests.Architecture.Samples.Data
{
    using Vestnik.UnitTests.Architecture.Samples.Features.Alpha;
    using Vestnik.UnitTests.Architecture.Samples.Features.Alpha.Internals;

    public sealed class SampleDbContext(DbContextOptions options) : DbContext(options)
    {
        public DbSet<AlphaEntity> Alphas => Set<AlphaEntity>();

        public static int Handled() => AlphaHandler.Handle();
    }
}

namespace Vestnik.UnitTests.Architecture.Samples.Infrastructure
{
    using Vestnik.UnitTests.Architecture.Samples.Features.Alpha;

    public sealed class Mailer
    {
        public static int Send() => AlphaService.Count();
    }
}
