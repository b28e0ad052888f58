// Card element tree → SVG (satori draws every glyph as a path) → PNG (sharp).
import satori from 'satori';
import sharp from 'sharp';
import { CARD_SIZE, type CardNode } from './card-layout';
import type { CardFont } from './card-font';

/** Draws a card as SVG with the given fonts; glyphs become paths, so the SVG needs no font. */
export async function renderCardSvg(card: CardNode, fonts: CardFont[]): Promise<string> {
  // satori's types expect a React element; our plain tree has the same shape.
  return await satori(card as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts });
}

/** Renders a card to a 1200×630 PNG. */
export async function renderCardPng(card: CardNode, fonts: CardFont[]): Promise<Buffer> {
  const svg = await renderCardSvg(card, fonts);
  return await sharp(Buffer.from(svg)).png().toBuffer();
}
