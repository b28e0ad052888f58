// Word documents for the .docx importer tests, generated with the npm `docx` package in the
// shapes editors send: Word heading styles or bold-only paragraphs for section titles, a Title-
// styled headline, a picture with a Caption-styled paragraph and alt text. Text written for the tests.
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';

/** A small real JPEG, so the imported photo is an image sharp and Astro can read. */
export async function samplePicture(colour = '#2a6'): Promise<Buffer> {
  return sharp({ create: { width: 48, height: 32, channels: 3, background: colour } }).jpeg({ quality: 60 }).toBuffer();
}

const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });

async function pack(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Title style headline, source line, a picture with caption, Heading 2 section titles 一、…三、. */
export async function headingStyleDocx(): Promise<Uint8Array> {
  return pack([
    new Paragraph({ text: '测试区农村道路建设 三件大事', heading: HeadingLevel.TITLE }),
    plain('来源：测试区融媒体中心 2025-03-01 10:00'),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: 'jpg', data: await samplePicture(), transformation: { width: 240, height: 160 }, altText: { name: 'road', title: '新修的村道', description: '山间新铺的柏油村道' } })],
    }),
    new Paragraph({ text: '新修的村道 记者 赵测试 摄', style: 'Caption' }),
    plain('去年以来，测试区把农村道路建设作为头号民生工程，三件大事全部按期完成。'),
    new Paragraph({ text: '一、村村通上硬化路', heading: HeadingLevel.HEADING_2 }),
    plain('全区新建硬化路86公里，所有行政村都通了水泥路或柏油路。'),
    new Paragraph({ text: '二、客运班车进山村', heading: HeadingLevel.HEADING_2 }),
    plain('开通农村客运线路9条，群众出行不再靠摩托车。'),
    plain('班车票价实行阶梯优惠，最远的村只要5元。'),
    new Paragraph({ text: '三、养护队伍建起来', heading: HeadingLevel.HEADING_2 }),
    plain('每个乡镇组建道路养护队，做到路有人修、有人管。'),
    plain('编辑：钱测试'),
  ]);
}

/** No styles at all: headline as the first paragraph, section titles set in bold (亮点一：…). */
export async function boldHeadingsDocx(): Promise<Uint8Array> {
  return pack([
    plain('测试镇文化惠民 两大亮点'),
    plain('来源：测试镇文化站 2025-06-18 15:20'),
    plain('今年，测试镇的文化活动从“送进来”变成“办起来”。'),
    bold('亮点一：村晚办进每个村'),
    plain('全镇12个村都办了村晚，演员全是本村群众。'),
    bold('亮点二：农家书屋夜间开放'),
    plain('书屋开放到晚上九点，下班的年轻人也能来借书。'),
  ]);
}

/** Section titles only styled (Heading 1, no numerals): the styles are the only evidence. */
export async function unnumberedHeadingsDocx(): Promise<Uint8Array> {
  return pack([
    new Paragraph({ text: '测试县夏粮丰收', heading: HeadingLevel.TITLE }),
    plain('今年夏粮再获丰收。'),
    new Paragraph({ text: '小麦单产创新高', heading: HeadingLevel.HEADING_1 }),
    plain('小麦平均亩产比去年增加20公斤。'),
    new Paragraph({ text: '机收率接近百分之百', heading: HeadingLevel.HEADING_1 }),
    plain('全县调度收割机1200台，抢在雨前收完。'),
  ]);
}

/** Section titles numbered by Word itself (a multilevel list: 一、 then （1）), so no numeral is in their text. */
export async function autoNumberedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'sections',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START },
          { level: 1, format: LevelFormat.DECIMAL, text: '（%2）', alignment: AlignmentType.START },
        ],
      }, { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] }],
    },
    sections: [{ children: [
      new Paragraph({ text: '测试区菜篮子工程 两项进展', heading: HeadingLevel.TITLE }),
      plain('来源：测试区农业农村委 2025-09-09 09:00'),
      plain('今年，测试区的菜篮子工程有两项新进展。'),
      new Paragraph({ text: '蔬菜基地扩容', numbering: { reference: 'sections', level: 0 } }),
      plain('新建蔬菜基地3个，面积共计1200亩。'),
      new Paragraph({ text: '基地名单已公布', numbering: { reference: 'sections', level: 1 } }),
      new Paragraph({ text: '平价菜店进社区', numbering: { reference: 'sections', level: 0 } }),
      new Paragraph({ text: '每个街道至少一家', numbering: { reference: 'bullets', level: 0 } }),
      plain('平价菜店开到20家，蔬菜价格比市场低一成。'),
    ] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
