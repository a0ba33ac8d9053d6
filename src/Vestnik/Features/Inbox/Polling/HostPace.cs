using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Vestnik.Features.Inbox.Polling;

/// <summary>
/// Spaces requests to one host by <see cref="InboxOptions.HostPace"/> on this node, so following fifty feeds of one
/// outlet never becomes a burst against its server.
/// </summary>
public sealed class HostPace(IOptions<InboxOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Turn> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until this host may be asked again, then reserves the next slot.</summary>
    public async Task WaitTurnAsync(string host, CancellationToken ct)
    {
        var turn = _hosts.GetOrAdd(host, _ => new Turn());
        await turn.Gate.WaitAsync(ct);
        try
        {
            var wait = turn.NextAllowed - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct);
            }
            turn.NextAllowed = clock.GetUtcNow() + options.Value.HostPace;
        }
        finally
        {
            turn.Gate.Release();
        }
    }

    private sealed class Turn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset NextAllowed { get; set; }
    }
}
