using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Tests.Persistence.SqlServer;

/// <summary>
/// What can be checked about SQL Server without a server (docs/adr/0071): the idempotent migration
/// script and every hand-written statement parse with Microsoft's T-SQL parser, and the model has
/// no foreign-key cascades that SQL Server refuses.
/// </summary>
public class SqlServerMigrationScriptTests
{
    /// <summary>
    /// <c>.ci/run</c> writes the script with <c>dotnet ef migrations script --idempotent</c> and names
    /// it in <c>PORTAL_SQLSERVER_SCRIPT</c>; without it the same migrator writes it here.
    /// </summary>
    [Fact]
    public void The_idempotent_migration_script_parses_without_errors()
    {
        var path = Environment.GetEnvironmentVariable("PORTAL_SQLSERVER_SCRIPT");
        string script;
        if (string.IsNullOrEmpty(path))
        {
            using var db = SqlServerContexts.Create();
            script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        }
        else
        {
            script = File.ReadAllText(path);
        }

        Assert.Contains("CREATE TABLE [Vacancies]", script, StringComparison.Ordinal);
        Assert.Contains("LANGUAGE 1043", script, StringComparison.Ordinal);
        TSql.AssertParses(script, "The idempotent SQL Server migration script");
    }

    [Fact]
    public void A_statement_that_is_not_TSql_is_reported()
    {
        // The check itself: PostgreSQL's upsert is not T-SQL, so the parser must refuse it.
        Assert.NotEmpty(TSql.Errors("""INSERT INTO "JobLeases" ("Name") VALUES ('x') ON CONFLICT ("Name") DO NOTHING"""));
    }

    [Fact]
    public void The_hand_written_full_text_statements_parse()
    {
        // The migration runs them inside EXEC(N'…'), where the script's parse does not look.
        foreach (var statement in SqlServerFullText.CreateStatements.Concat(SqlServerFullText.DropStatements))
        {
            TSql.AssertParses(statement, "A full-text statement");
        }

        TSql.AssertParses(SqlServerFullText.CreateFullTextIndex, "The full-text index statement");
        TSql.AssertParses(SqlServerFullText.ModeQuery, "The full-text mode query");
        TSql.AssertParses("CREATE FULLTEXT CATALOG \"PortalSearch\"", "The catalog statement");
        TSql.AssertParses("CREATE FULLTEXT INDEX ON \"Vacancies\" (\"SearchText\" LANGUAGE 1043) KEY INDEX \"PK_Vacancies\" ON \"PortalSearch\" WITH CHANGE_TRACKING AUTO", "The index statement");
    }

    [Fact]
    public void The_job_lease_insert_for_SQL_Server_parses()
    {
        var insert = JobLeases.InsertIfMissing(sqlServer: true, "alerts");
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, insert.Format, "@p0", "@p1");
        TSql.AssertParses(sql, "The job lease insert");
    }

    [Fact]
    public void The_migrate_lock_statements_parse()
    {
        TSql.AssertParses(VrijwilligersPortal.Infrastructure.Persistence.PortalDatabase.SqlServerLock, "The migrate lock");
        TSql.AssertParses(VrijwilligersPortal.Infrastructure.Persistence.PortalDatabase.SqlServerUnlock, "The migrate unlock");
    }

    [Fact]
    public void No_table_is_reached_by_two_cascading_paths_or_a_cascading_cycle()
    {
        // SQL Server refuses such foreign keys (error 1785) when the migration runs; SQLite and
        // PostgreSQL accept them, so only this check catches one before a live SQL Server does.
        using var db = SqlServerContexts.Create();
        var cascades = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.SetNull)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .Distinct()
            .ToList();
        var problems = new List<string>();
        foreach (var start in cascades.Select(c => c.From).Distinct())
        {
            var reached = new Dictionary<string, int>();
            Walk(start, [start]);
            problems.AddRange(reached.Where(r => r.Value > 1).Select(r => $"{start} → {r.Key} by {r.Value} paths"));

            void Walk(string table, HashSet<string> path)
            {
                foreach (var next in cascades.Where(c => c.From == table).Select(c => c.To))
                {
                    if (path.Contains(next))
                    {
                        problems.Add($"cycle {start} → … → {next}");
                        continue;
                    }

                    reached[next] = reached.GetValueOrDefault(next) + 1;
                    Walk(next, [.. path, next]);
                }
            }
        }

        Assert.NotEmpty(cascades);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
