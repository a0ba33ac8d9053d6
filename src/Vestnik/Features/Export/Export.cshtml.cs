using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vestnik.Features.Accounts.Audit;
using Vestnik.Features.Accounts.Authorization;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Site;

namespace Vestnik.Features.Export;

[Authorize(Policy = StaffPolicies.ExportSite)]
public sealed class ExportModel(ExportContentsQuery contents, SiteExport export, AuditLog audit, TimeProvider clock, PageMeta meta) : PageModel
{
    public ExportText Text { get; private set; } = ExportText.Ru;
    public ExportContents Contents { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Text = ExportText.For(NewsroomLanguage.Of(HttpContext));
        meta.Title = Text.Title;
        meta.NoIndex = true;
        Contents = await contents.GetAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the archive to a temporary file first (a zip cannot be streamed to the browser as it grows without
    /// blocking writes), then sends it; the file deletes itself when the response closes.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"vestnik-export-{Guid.NewGuid():N}.zip");
        ExportSummary summary;
        try
        {
            await using var target = ZipExportTarget.CreateFile(file);
            summary = await export.WriteAsync(target, progress: null, cancellationToken);
        }
        catch
        {
            System.IO.File.Delete(file);
            throw;
        }
        await audit.RecordAsync(AuditActions.SiteExport,
            $"{summary.Articles} articles, {summary.Comments} comments, {summary.Accounts} accounts, {summary.MediaFiles} media files",
            User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name ?? "", cancellationToken);
        var archive = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return File(archive, "application/zip", $"vestnik-export-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.zip");
    }
}
