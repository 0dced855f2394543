using System.Net;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Setup;

/// <summary>Lantern started without --demo on an empty database.</summary>
public sealed class EmptyInstallFactory : LanternFactory
{
    protected override LanternSettings Settings => new() { Demo = false, RequireHttps = true };
}

public sealed class FirstRunTests(EmptyInstallFactory factory) : IClassFixture<EmptyInstallFactory>
{
    [Fact]
    public async Task SignInPage_NoAccountsYet_PointsToFirstRunSetup()
    {
        var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));

        Assert.Contains("href=\"/Setup\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/Cases", UriKind.Relative))).StatusCode);
    }
}
