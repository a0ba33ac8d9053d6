using Vestnik.Data;
using Vestnik.Features.Accounts;
using Vestnik.Features.Api;
using Vestnik.Features.Articles;
using Vestnik.Features.Comments;
using Vestnik.Features.Demo;
using Vestnik.Features.Import;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Distribution;
using Vestnik.Features.Export;
using Vestnik.Features.Inbox;
using Vestnik.Features.Search;
using Vestnik.Features.Site;
using Vestnik.Features.SystemStatus;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Caching;
using Vestnik.Infrastructure.Email;
using Vestnik.Infrastructure.Jobs;
using Vestnik.Infrastructure.Operations;
using Vestnik.Infrastructure.Operations.Backups;
using Vestnik.Infrastructure.Web;

if (await BackupCommands.TryRunAsync(args))
{
    return;
}

var builder = VestnikHost.CreateBuilder(ConsoleCommandArguments.HostSettings(args));

builder.AddVestnikOperations();
builder.AddVestnikInfrastructure();
builder.Services.AddVestnikData(builder.Configuration);
builder.Services.AddReaderCache(builder.Configuration);
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddAccounts();
builder.Services.AddArticles();
builder.Services.AddComments(builder.Configuration);
builder.Services.AddDemoContent();
builder.Services.AddReaderPages();
builder.Services.AddSystemStatus();
builder.Services.AddNewsroom(builder.Configuration);
builder.Services.AddDistribution(builder.Configuration);
builder.Services.AddInbox(builder.Configuration);
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddExport();
builder.Services.AddImport();
builder.Services.AddApi();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();
await app.Services.EnsureBuiltInLabelsAsync();
if (!ConsoleCommandArguments.NameACommand(args))
{
    // A command works on the data as it is: an archive imported into a new site must not land beside the demo.
    await app.Services.SeedDemoContentAsync();
}
await app.Services.EnsureAdminAccountAsync();
await app.Services.SeedCommentsAsync();
app.LogFolders();
app.Services.LogEmailDestination();
if (await app.TryRunReindexAsync(args) || await app.TryRunExportAsync(args) || await app.TryRunImportAsync(args))
{
    return;
}

app.UseNewsroomUploadLimit();
app.UseImport();
app.UseVestnikWeb();
app.MapHealthChecks();
app.MapOperations();
app.MapReaderPages();
app.MapArticles();
app.MapNewsroom();
app.MapDistribution();
app.MapSearch();
app.MapImport();
app.MapApi();

await app.RunAsync();
