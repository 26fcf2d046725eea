using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace VrijwilligersPortal.Web.Tests.Persistence.SqlServer;

/// <summary>Microsoft's own T-SQL parser (SQL Server 2022 grammar), to check SQL without a server.</summary>
internal static class TSql
{
    /// <summary>The parse errors of <paramref name="sql"/>, each with its line and a snippet; empty when it parses.</summary>
    public static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        var lines = sql.Split('\n');
        return errors
            .Select(e => $"line {e.Line}: {e.Message} near '{(e.Line - 1 < lines.Length ? lines[e.Line - 1].Trim() : string.Empty)}'")
            .ToList();
    }

    public static void AssertParses(string sql, string what)
    {
        var errors = Errors(sql);
        Assert.True(errors.Count == 0, $"{what} does not parse as T-SQL:\n{string.Join('\n', errors)}\n---\n{sql}");
    }
}
