using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vestnik.Testing;

/// <summary>A request the fake receiver got.</summary>
public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A small HTTP server on a loopback port standing in for a webhook receiver or the Telegram Bot API. The responder
/// picks each answer's status code from the request's number (0-based); null means "never answer".
/// </summary>
public sealed class FakeHttpReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<int, ReceivedRequest, int?> _responder;
    private readonly Task _loop;
    private int _count;

    public FakeHttpReceiver(Func<int, ReceivedRequest, int?>? responder = null, string responseBody = "{\"ok\":true}")
    {
        _responder = responder ?? ((_, _) => 200);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(() => LoopAsync(responseBody));
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    private async Task LoopAsync(string responseBody)
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var request = new ReceivedRequest(
                    context.Request.HttpMethod,
                    context.Request.Url!.AbsolutePath,
                    context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                    await reader.ReadToEndAsync());
                Requests.Enqueue(request);
                var status = _responder(Interlocked.Increment(ref _count) - 1, request);
                if (status is null)
                {
                    // Never answer: hold the connection until the test ends.
                    await Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { });
                    context.Response.Abort();
                    return;
                }
                context.Response.StatusCode = status.Value;
                var bytes = Encoding.UTF8.GetBytes(responseBody);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            });
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        await _loop.ContinueWith(_ => { });
        _stop.Dispose();
    }
}
