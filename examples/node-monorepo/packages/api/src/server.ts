import express from 'express';
import { greet } from '@acme/shared';

const app = express();
app.get('/health', (_req, res) => res.send('ok'));
app.get('/', (_req, res) => res.send(greet('world')));
app.listen(3000);
