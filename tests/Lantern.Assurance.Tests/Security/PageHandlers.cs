using Lantern.TestCommon;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Assurance.Tests.Security;

/// <summary>Every unsafe page handler the app has (a page's POST and each named POST handler), from the app's own page descriptors.</summary>
internal static class PageHandlers
{
    public sealed record PagePost(string Pattern, string Url, string? Handler, bool AllowsAnonymous)
    {
        public string FullUrl => Handler is null ? Url : $"{Url}{(Url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={Handler}";
    }

    public static async Task<IReadOnlyList<PagePost>> PostsAsync(LanternFactory factory, IReadOnlyList<RouteSample> samples)
    {
        var descriptors = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var posts = new List<PagePost>();
        foreach (var descriptor in descriptors)
        {
            var pattern = "/" + (descriptor.AttributeRouteInfo?.Template ?? descriptor.ViewEnginePath).TrimStart('/');
            var sample = samples.FirstOrDefault(s => !s.IsApi && s.Method == "POST" && string.Equals(s.Pattern, pattern, StringComparison.OrdinalIgnoreCase));
            if (sample is null)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
            {
                posts.Add(new PagePost(pattern, sample.Url, string.IsNullOrEmpty(handler.Name) ? null : handler.Name, sample.AllowsAnonymous));
            }
        }

        return posts.DistinctBy(p => p.FullUrl).ToList();
    }
}
