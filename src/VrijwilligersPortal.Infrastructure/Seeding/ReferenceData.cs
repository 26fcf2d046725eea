using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Seeding;

/// <summary>
/// The roles and the starting lists of categories, skills and suitable-for tags every centre
/// needs. Runs with every migration, in every environment, and only fills empty lists, so
/// whatever an administrator changed later is left alone.
/// </summary>
public static class ReferenceData
{
    public static IReadOnlyList<(string Slug, string Name)> Categories { get; } =
    [
        ("zorg-welzijn", "Zorg & welzijn"),
        ("sport", "Sport"),
        ("cultuur", "Cultuur"),
        ("natuur-milieu", "Natuur & milieu"),
        ("onderwijs", "Onderwijs"),
        ("jeugd", "Jeugd"),
        ("ouderen", "Ouderen"),
        ("nieuwkomers-taal", "Nieuwkomers & taal"),
        ("dieren", "Dieren"),
        ("evenementen", "Evenementen"),
        ("bestuur", "Bestuur"),
        ("klussen-techniek", "Klussen & techniek"),
        ("vervoer", "Vervoer"),
        ("communicatie", "Communicatie & administratie"),
    ];

    public static IReadOnlyList<(string Slug, string Name)> Skills { get; } =
    [
        ("koken", "Koken"),
        ("rijbewijs-b", "Rijbewijs B"),
        ("administratie", "Administratie"),
        ("it", "Computer & IT"),
        ("luisteren", "Luisteren"),
        ("lesgeven", "Lesgeven & begeleiden"),
        ("sociale-media", "Sociale media"),
        ("tuinieren", "Tuinieren"),
        ("technisch", "Technisch klussen"),
        ("fotografie", "Fotografie"),
        ("financien", "Financiën"),
        ("ehbo", "EHBO"),
        ("creatief", "Creatief"),
        ("talen", "Andere talen"),
    ];

    public static IReadOnlyList<(string Slug, string Name)> SuitableFor { get; } =
    [
        ("jongeren", "Jongeren (MaS, MDT)"),
        ("55plus", "55-plussers"),
        ("beperking", "Mensen met een beperking"),
        ("anderstaligen", "Anderstaligen"),
        ("arbeidsmarkt", "Afstand tot de arbeidsmarkt"),
        ("rolstoel", "Rolstoeltoegankelijk"),
    ];

    /// <summary>What organisations ask the centre about (issue 16).</summary>
    public static IReadOnlyList<(string Slug, string Name)> QuestionTopics { get; } =
    [
        ("werving-selectie", "Werving en selectie"),
        ("vog", "VOG"),
        ("verzekering", "Verzekering"),
        ("wet-regelgeving", "Wet- en regelgeving"),
        ("vrijwilligersbeleid", "Vrijwilligersbeleid"),
        ("financien", "Financiën"),
        ("anders", "Anders"),
    ];

    public static async Task EnsureAsync(PortalDbContext db, RoleManager<IdentityRole<Guid>> roles, CancellationToken cancellationToken = default)
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        if (!await db.Categories.AnyAsync(cancellationToken))
        {
            db.Categories.AddRange(Categories.Select((c, i) => new Category(c.Name, c.Slug, i)));
        }

        if (!await db.Skills.AnyAsync(cancellationToken))
        {
            db.Skills.AddRange(Skills.Select((s, i) => new Skill(s.Name, s.Slug, i)));
        }

        if (!await db.SuitableForTags.AnyAsync(cancellationToken))
        {
            db.SuitableForTags.AddRange(SuitableFor.Select((t, i) => new SuitableForTag(t.Name, t.Slug, i)));
        }

        if (!await db.QuestionTopics.AnyAsync(cancellationToken))
        {
            db.QuestionTopics.AddRange(QuestionTopics.Select((t, i) => new VrijwilligersPortal.Domain.Questions.QuestionTopic(t.Name, t.Slug, i)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
