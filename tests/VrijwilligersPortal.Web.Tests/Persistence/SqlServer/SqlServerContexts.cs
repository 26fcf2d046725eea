using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VrijwilligersPortal.Infrastructure.Persistence.SqlServer;

namespace VrijwilligersPortal.Web.Tests.Persistence.SqlServer;

/// <summary>
/// A SQL Server-configured context that never reaches a server: opening the connection is skipped
/// and every command is recorded and answered with nothing (no rows, 0 rows affected). The real
/// query code then runs as far as empty answers take it, and the SQL EF generated for SQL Server
/// is in <see cref="Recorder.Commands"/>. There is no SQL Server engine on the build machines.
/// </summary>
internal static class SqlServerContexts
{
    public const string ConnectionString = "Server=sqlserver.invalid;Database=vrijwilligersportal;User Id=portal;Password=never-used;TrustServerCertificate=true";

    public static SqlServerPortalDbContext Create(Recorder? recorder = null)
    {
        var options = new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer(ConnectionString);
        if (recorder is not null)
        {
            options.AddInterceptors(recorder);
        }

        return new SqlServerPortalDbContext(options.Options);
    }

    public sealed class Recorder : DbCommandInterceptor, IDbConnectionInterceptor
    {
        private readonly List<string> _commands = [];

        public IReadOnlyList<string> Commands => _commands;

        public void Clear() => _commands.Clear();

        public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            InterceptionResult<DbDataReader>.SuppressWithResult(Record(command));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Record(command)));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Record(command);
            return InterceptionResult<int>.SuppressWithResult(0);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Record(command);
            return InterceptionResult<object>.SuppressWithResult(0);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
        }

        private DbDataReader Record(DbCommand command)
        {
            _commands.Add(command.CommandText);
            return new DataTable().CreateDataReader();
        }
    }
}
