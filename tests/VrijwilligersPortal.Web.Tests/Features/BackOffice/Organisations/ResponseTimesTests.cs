using VrijwilligersPortal.Web.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;

public class ResponseTimesTests
{
    [Theory]
    [InlineData(new double[] { 8, 1, 3 }, 3)]
    [InlineData(new double[] { 4, 1, 2, 10 }, 3)]
    [InlineData(new double[] { 0.5 }, 0.5)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] days, double expected) =>
        Assert.Equal(expected, ResponseTimes.Median([.. days]));

    [Fact]
    public void No_answers_have_no_median() => Assert.Null(ResponseTimes.Median([]));
}
