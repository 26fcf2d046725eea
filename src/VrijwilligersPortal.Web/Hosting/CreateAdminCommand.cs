using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using MimeKit;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.BackOffice.Staff;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// <c>dotnet VrijwilligersPortal.Web.dll create-admin beheer@centrale.nl</c>: the first administrator
/// of a new portal. Creates the account with the administrator role and mails a link (from
/// <c>Portal:PublicBaseUrl</c>) to choose a password, sending it at once; if the mail server does
/// not take it, it stays in the outbox for the running portal. Refuses when an administrator
/// exists, unless <c>--another</c> is given; recorded in the audit log as done by the system.
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public const string AnotherFlag = "--another";


    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var position = Array.FindIndex(args, a => a.Equals(Name, StringComparison.OrdinalIgnoreCase));
        var address = position + 1 < args.Length && !args[position + 1].StartsWith("--", StringComparison.Ordinal) ? args[position + 1].Trim() : null;
        var another = args.Contains(AnotherFlag, StringComparer.OrdinalIgnoreCase);
        if (address is null || address.Length > OutboxMessage.AddressMaxLength || address.Any(char.IsControl)
            || !MailboxAddress.TryParse(address, out var parsed) || parsed.Address != address || !address.Contains('@'))
        {
            await errors.WriteLineAsync($"Usage: {Name} <e-mail address> [{AnotherFlag}]; give one plain e-mail address.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        PublicUrls urls;
        try
        {
            urls = scope.ServiceProvider.GetRequiredService<PublicUrls>();
        }
        catch (OptionsValidationException invalid)
        {
            await errors.WriteLineAsync(invalid.Message);
            return 2;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var centre = scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value;

        var admins = await users.GetUsersInRoleAsync(PortalRoles.Admin);
        if (admins.Count > 0 && !another)
        {
            await errors.WriteLineAsync($"There is already an administrator ({admins.Count}). Administrators invite staff at /beheer/medewerkers; to add one here anyway, run again with {AnotherFlag}.");
            return 3;
        }

        if (await users.FindByEmailAsync(address) is not null)
        {
            await errors.WriteLineAsync("An account with this address exists already; an administrator can give it a role at /beheer/medewerkers.");
            return 3;
        }

        var now = clock.GetUtcNow();
        var user = new PortalUser
        {
            UserName = address,
            Email = address,

            // Only the owner of the address can use the link that sets the password.
            EmailConfirmed = true,
            DisplayName = "Beheerder",
            CreatedAt = now,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var created = await users.CreateAsync(user);
            if (!created.Succeeded || !(await users.AddToRoleAsync(user, PortalRoles.Admin)).Succeeded)
            {
                await errors.WriteLineAsync("The account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
                return 1;
            }

            AuditLog.Record(db, Guid.Empty, AuditActions.AdminCreate, "User", user.Id, now);
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = urls.Absolute($"/account/wachtwoord-herstellen?gebruiker={user.Id}&code={token}");
            Outbox.Add(db, StaffEmails.Invitation(scope.ServiceProvider.GetRequiredService<MailTexts>().In(user.PreferredLanguage), address, user.DisplayName, centre.Name, link, PortalRoles.Admin), now);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await output.WriteLineAsync("Administrator account created.");
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        await output.WriteLineAsync(sent.Sent > 0 && sent.Failed == 0
            ? "The e-mail with a link to choose a password was sent; the link works for 24 hours."
            : "The e-mail could not be sent yet; it waits in the outbox and the running portal keeps trying (check Email:Host). Staff see it at /beheer/e-mails.");
        return 0;
    }
}
