using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>
/// A mail server for tests: a TcpListener on 127.0.0.1 speaking just enough plain SMTP (EHLO,
/// MAIL, RCPT, DATA, RSET, NOOP, QUIT) to accept what MailKit sends, and keeping every message's
/// raw bytes. <see cref="FreePort"/> gives a port to configure before the sink runs, so a test can
/// start with the server "down" (nothing listening) and bring it up later.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpSink(int port = 0)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Recipients this server refuses with 550 (a permanent "no such user").</summary>
    public ConcurrentBag<string> Refused { get; } = [];

    public ConcurrentQueue<byte[]> Received { get; } = new();

    public IReadOnlyList<Mail> Messages => [.. Received.Select(Mailbox.Parse)];

    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink.test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteAsync("250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
                    break;
                case "RCPT" when Refused.Any(r => line.Contains(r, StringComparison.OrdinalIgnoreCase)):
                    await writer.WriteLineAsync("550 5.1.1 No such user");
                    break;
                case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        // Dot-stuffing: a line starting with a dot was sent with one more.
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Received.Enqueue(Encoding.Latin1.GetBytes(data.ToString()));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }
}
