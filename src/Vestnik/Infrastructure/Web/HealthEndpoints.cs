using Vestnik.Data;

namespace Vestnik.Infrastructure.Web;

public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: 200 when the database answers, 503 when it does not.</summary>
    public static WebApplication MapHealthChecks(this WebApplication app)
    {
        app.MapGet("/healthz", async (VestnikDbContext db, CancellationToken cancellationToken) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            bool healthy;
            try
            {
                healthy = await db.Database.CanConnectAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                healthy = false;
            }
            return healthy
                ? Results.Text("ok", "text/plain")
                : Results.Text("database unavailable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }).DisableAntiforgery();
        return app;
    }
}
