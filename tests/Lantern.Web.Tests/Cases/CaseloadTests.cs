using System.Net;
using Lantern.TestCommon;
using Xunit;

namespace Lantern.Web.Tests.Cases;

public sealed class CaseloadTests(LanternFactory factory) : IClassFixture<LanternFactory>
{
    [Fact]
    public async Task Caseload_WorkerSignedIn_ShowsTheDemonstrationFamily()
    {
        var client = await factory.SignedInAsync("worker");

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gavin Calder", html, StringComparison.Ordinal);
        Assert.Contains("Morag Calder", html, StringComparison.Ordinal);
        Assert.Contains("lantern-role-tag--perpetrator", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseload_Anonymous_RedirectsToSignIn()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
