namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>Registration of the course sign-ups, their mails and links.</summary>
internal static class CourseServices
{
    public static void AddPortalCourses(this IServiceCollection services)
    {
        services.AddSingleton<CourseTokens>();
        services.AddScoped<CourseEmails>();
        services.AddScoped<CourseSignUps>();
    }
}
