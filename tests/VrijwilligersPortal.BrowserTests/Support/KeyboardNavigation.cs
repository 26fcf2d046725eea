using Microsoft.Playwright;

namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>
/// Moving through a page the way a keyboard user does: only Tab and Shift+Tab move the focus.
/// Each element reached must show that it has the focus.
/// </summary>
public static class KeyboardNavigation
{
    /// <summary>
    /// Enough to pass the whole menu of any page; on /vacatures the link "Direct naar de resultaten"
    /// skips the filter column. A target further away is a tab order to look at.
    /// </summary>
    private const int MaxPresses = 60;

    public static Task TabToAsync(this IPage page, ILocator target) => MoveFocusAsync(page, target, "Tab");

    public static Task ShiftTabToAsync(this IPage page, ILocator target) => MoveFocusAsync(page, target, "Shift+Tab");

    /// <summary>Tabs to a field and types into it.</summary>
    public static async Task TabToAndTypeAsync(this IPage page, ILocator field, string text)
    {
        await page.TabToAsync(field);
        await page.Keyboard.TypeAsync(text);
    }

    public static Task<bool> HasFocusAsync(this ILocator element) =>
        element.EvaluateAsync<bool>("e => e === document.activeElement");

    private static async Task MoveFocusAsync(IPage page, ILocator target, string key)
    {
        await target.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var visited = new List<string>();
        for (var press = 0; press < MaxPresses; press++)
        {
            await page.Keyboard.PressAsync(key);
            if (await target.HasFocusAsync())
            {
                var visible = await target.EvaluateAsync<bool>(
                    """
                    e => {
                      const s = getComputedStyle(e);
                      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                    }
                    """);
                Assert.True(visible, $"{target} has the keyboard focus on {page.Url} but shows no focus outline.");
                return;
            }

            visited.Add(await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()} \"${(e.innerText || e.value || e.getAttribute('aria-label') || e.name || '').trim().slice(0, 40)}\"` : 'nothing'; }"));
        }

        Assert.Fail($"{key} did not reach {target} on {page.Url} within {MaxPresses} presses. Focus went: {string.Join(" → ", visited.Distinct())}");
    }
}
