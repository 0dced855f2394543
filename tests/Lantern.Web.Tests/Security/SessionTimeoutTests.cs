using System.Net;
using Lantern.TestCommon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Lantern.Web.Tests.Security;

/// <summary>The app on a clock the test moves, to see sessions end after 20 idle minutes and after 8 hours in all.</summary>
public sealed class ClockedFactory : LanternFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void AddTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class SessionTimeoutTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private static async Task<bool> SignedInAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK;
    }

    [Fact]
    public async Task Session_IdleForLongerThanTwentyMinutes_Ends()
    {
        var client = await factory.SignedInAsync("manager");
        Assert.True(await SignedInAsync(client));

        factory.Clock.Advance(TimeSpan.FromMinutes(21));

        Assert.False(await SignedInAsync(client));
    }

    [Fact]
    public async Task Session_KeptActive_EndsAfterEightHoursAnyway()
    {
        var client = await factory.SignedInAsync("supervisor");
        for (var i = 0; i < 32; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.True(await SignedInAsync(client), $"Signed out early, after {(i + 1) * 15} active minutes.");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(await SignedInAsync(client));
    }
}
