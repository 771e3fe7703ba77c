// Walking an open antd dropdown menu with the keyboard, as a person without a mouse does.

const FOCUSED_ITEM = () =>
  document.activeElement?.closest(".ant-dropdown-menu-item")?.innerText ?? null;

/**
 * Presses ArrowDown in the open menu until the item whose text includes `text` has the focus,
 * at most `steps` times; returns that item's text (or whatever has the focus at the end). The
 * menu must have taken the focus already: a key pressed before would go to its button.
 */
export async function focusMenuItem(page, text, steps = 8) {
  for (let step = 0; step < steps; step += 1) {
    const current = await page.evaluate(FOCUSED_ITEM);
    if (current?.includes(text)) return current;
    await page.keyboard.press("ArrowDown");
    // Read the focus again only once it has moved: a slow page must not make the loop press
    // past the item it looks for.
    await page.waitForFunction(
      (before) =>
        (document.activeElement?.closest(".ant-dropdown-menu-item")
          ?.innerText ?? null) !== before,
      current,
    );
  }
  return page.evaluate(FOCUSED_ITEM);
}
