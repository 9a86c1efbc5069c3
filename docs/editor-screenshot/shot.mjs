import puppeteer from 'puppeteer-core'
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync']
})
const page = await browser.newPage()
page.on('console', m => console.log('console:', m.text()))
await page.setViewport({ width: 1280, height: 700 })
await page.goto('http://127.0.0.1:8765/', { waitUntil: 'load' })
await new Promise(r => setTimeout(r, 9000))
await page.screenshot({ path: process.argv[2] })
await browser.close()
