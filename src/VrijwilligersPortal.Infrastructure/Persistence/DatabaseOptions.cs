namespace VrijwilligersPortal.Infrastructure.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded), <c>Postgres</c> or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>SQLite file, relative to the content root, when no connection string is given.</summary>
    public string SqlitePath { get; set; } = "App_Data/vrijwilligersportal.db";

    /// <summary>Apply pending migrations at start-up (Development); production runs the <c>migrate</c> command.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Fill an empty database with the demo centre. Honoured in Development only.</summary>
    public bool SeedDemoData { get; set; }
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    public const string SqlServer = "SqlServer";
}
