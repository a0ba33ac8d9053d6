using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Articles;
using Vestnik.Features.Demo;
using Vestnik.Features.Search;
using Vestnik.Features.Site;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddVestnikInfrastructure();
builder.Services.AddVestnikData(builder.Configuration);
builder.Services.AddAccounts();
builder.Services.AddArticles();
builder.Services.AddDemoContent();
builder.Services.AddReaderPages();
builder.Services.AddSearch(builder.Configuration);

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();
await app.Services.EnsureBuiltInLabelsAsync();
await app.Services.SeedDemoContentAsync();
await app.Services.EnsureAdminAccountAsync();
app.Services.LogEmailDestination();
if (await app.TryRunReindexAsync(args))
{
    return;
}

app.UseVestnikWeb();
app.MapHealthChecks();
app.MapReaderPages();
app.MapSearch();

await app.RunAsync();
