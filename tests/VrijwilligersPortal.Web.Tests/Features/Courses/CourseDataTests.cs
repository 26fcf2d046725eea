using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Courses;

/// <summary>Course participation and attendance in the volunteer's own data: exported, and erased with the account (issue 16).</summary>
public class CourseDataTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public CourseDataTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task Participation_and_attendance_are_in_the_export_and_gone_after_erasure()
    {
        var user = await _factory.UserAsync(PortalRoles.Volunteer, name: "Rosa Deelnemer");
        var start = PortalFactory.Start.AddDays(5);
        var courseId = await _factory.WithDbAsync(async (db, _) =>
        {
            var course = Course.Publish(
                new CourseDetails { Title = "Vrijwilligerswerk en je uitkering", Description = "Een middag.", Place = "Utrecht", Capacity = 4, SignUpDeadline = start.AddDays(-1), Sessions = [(start, start.AddHours(2))] },
                Guid.NewGuid(),
                _factory.Clock.GetUtcNow());
            var registration = course.SignUp(user.Id, _factory.Clock.GetUtcNow());
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            course.RecordAttendance(registration.Id, attended: true);
            await db.SaveChangesAsync();
            return course.Id;
        });
        using var client = _factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var download = await client.GetAsync("/mijn/gegevens/download");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var course = Assert.Single(json.RootElement.GetProperty("cursussen").EnumerateArray());
        Assert.Equal("Vrijwilligerswerk en je uitkering", course.GetProperty("cursus").GetString());
        Assert.Equal("aangemeld", course.GetProperty("status").GetString());
        Assert.True(course.GetProperty("aanwezig").GetBoolean());

        var erased = await client.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.False(await _factory.WithDbAsync((db, _) => db.CourseRegistrations.AnyAsync(r => r.UserId == user.Id)));
        Assert.True(await _factory.WithDbAsync((db, _) => db.Courses.AnyAsync(c => c.Id == courseId)));
    }
}
