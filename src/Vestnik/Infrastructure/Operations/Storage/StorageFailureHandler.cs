using Microsoft.AspNetCore.Diagnostics;
using Vestnik.Infrastructure.Operations.Metrics;

namespace Vestnik.Infrastructure.Operations.Storage;

/// <summary>
/// Answers 503 with a readable page and Retry-After when a request fails because the disk is full, the data
/// folder is read-only or the database server is away, and logs one line naming the cause. Everything else
/// falls through to the ordinary error page: a 500 there means a bug, a 503 here means an operator's job.
/// </summary>
public sealed class StorageFailureHandler(DataFolders folders, VestnikMetrics metrics, ILogger<StorageFailureHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 30;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (StorageFailure.Classify(exception) is not { } kind || httpContext.Response.HasStarted)
        {
            return false;
        }
        logger.LogError("Answered 503 to {Method} {Path}: {Cause} ({Error})",
            httpContext.Request.Method, httpContext.Request.Path, StorageFailure.Describe(kind, folders.Root), exception.GetBaseException().Message);
        metrics.StorageFailures.Add(1, new KeyValuePair<string, object?>("cause", kind.ToString()));
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await PlainPages.WriteAsync(httpContext, PlainPages.Unavailable(RetryAfterSeconds), cancellationToken);
        return true;
    }
}
