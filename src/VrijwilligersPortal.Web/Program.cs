using Serilog;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;

Logging.UseBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalLogging();
    builder.Services.AddPortalWeb(builder.Configuration, builder.Environment);

    var app = builder.Build();

    if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
    {
        // Deployment step: `dotnet VrijwilligersPortal.Web.dll migrate` brings the database up to date and exits.
        await PortalDatabase.MigrateAsync(app.Services);
        return;
    }

    if (args.Contains(ImportPostcodesCommand.Name, StringComparer.OrdinalIgnoreCase))
    {
        // Operator step after `migrate`: `dotnet VrijwilligersPortal.Web.dll import-postcodes NL.txt` fills the postcode table.
        Environment.ExitCode = await ImportPostcodesCommand.RunAsync(app, args);
        return;
    }

    if (args.Contains(CreateAdminCommand.Name, StringComparer.OrdinalIgnoreCase))
    {
        // Operator step for a new portal: `dotnet VrijwilligersPortal.Web.dll create-admin <e-mail>` creates the first administrator.
        Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
        return;
    }

    await app.PrepareDatabaseAsync();
    app.UsePortalPipeline();
    await app.RunAsync();
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    // A start-up failure (bad configuration, database unreachable) ends up in the log, not only on stderr.
    Log.Fatal(exception, "The portal stopped: {Reason}", exception.Message);
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}
