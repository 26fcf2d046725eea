using System.Net.Sockets;
using Npgsql;

namespace VrijwilligersPortal.Infrastructure.Persistence;

/// <summary>Tells a database that is away (stopped, restarting, unreachable) from a fault in our own code.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// True when <paramref name="failure"/> or one of its inner exceptions says the database server
    /// could not be reached or is shutting down: the request may succeed later without any change.
    /// </summary>
    public static bool IsUnavailable(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal):
                    return true;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
